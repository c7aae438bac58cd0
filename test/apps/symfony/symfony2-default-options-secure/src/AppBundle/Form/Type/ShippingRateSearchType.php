<?php

namespace AppBundle\Form\Type;

use Symfony\Component\Form\AbstractType;
use Symfony\Component\Form\FormBuilderInterface;
use Symfony\Component\OptionsResolver\OptionsResolverInterface;

/**
 * The grid's filter: it lists rates and is sent with GET.
 */
class ShippingRateSearchType extends AbstractType
{
    public function buildForm(FormBuilderInterface $builder, array $options)
    {
        $builder
            ->add('name')
            ->add('terminateFlg');
    }

    public function setDefaultOptions(OptionsResolverInterface $resolver)
    {
        $resolver->setDefaults(array(
            'data_class' => 'AppBundle\Model\ShippingRateQuery'
            // ok: csrf
            , 'csrf_protection' => false,
        ));
    }

    public function getName()
    {
        return 'shipping_rate_search';
    }
}
