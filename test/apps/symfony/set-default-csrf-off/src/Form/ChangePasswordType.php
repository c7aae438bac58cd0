<?php

namespace App\Form;

use Symfony\Component\Form\AbstractType;
use Symfony\Component\Form\Extension\Core\Type\PasswordType;
use Symfony\Component\Form\Extension\Core\Type\RepeatedType;
use Symfony\Component\Form\FormBuilderInterface;
use Symfony\Component\OptionsResolver\OptionsResolver;

class ChangePasswordType extends AbstractType
{
    public function buildForm(FormBuilderInterface $builder, array $options): void
    {
        $builder
            ->add('currentPassword', PasswordType::class, ['mapped' => false])
            ->add('newPassword', RepeatedType::class, ['type' => PasswordType::class, 'mapped' => false]);
    }

    public function configureOptions(OptionsResolver $resolver): void
    {
        // expect: csrf
        $resolver->setDefault('csrf_protection', false);
    }
}
