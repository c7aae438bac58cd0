<?php

namespace AppBundle\Form\Type;

use Symfony\Component\Form\AbstractType;
use Symfony\Component\Form\FormBuilderInterface;
use Symfony\Component\OptionsResolver\OptionsResolverInterface;

/**
 * Saved from the back office's AJAX grid: $form->submit($request->get('item')).
 */
class ShippingRateType extends AbstractType
{
    public function buildForm(FormBuilderInterface $builder, array $options)
    {
        $builder
            ->add('name')
            ->add('price')
            ->add('terminateFlg');
    }

    // Symfony 2.1 to 2.8 name configureOptions() setDefaultOptions().
    public function setDefaultOptions(OptionsResolverInterface $resolver)
    {
        $resolver->setDefaults(array(
            'data_class' => 'AppBundle\Entity\ShippingRate'
            // expect: csrf
            , 'csrf_protection' => false,
        ));
    }

    public function getName()
    {
        return 'shipping_rate';
    }
}
