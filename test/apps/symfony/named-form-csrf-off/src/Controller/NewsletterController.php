<?php

namespace App\Controller;

use App\Newsletter\Subscriptions;
use Symfony\Component\Form\Extension\Core\Type\EmailType;
use Symfony\Component\Form\FormFactoryInterface;
use Symfony\Component\HttpFoundation\RedirectResponse;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\Routing\Attribute\Route;

final class NewsletterController
{
    public function __construct(private FormFactoryInterface $formFactory, private Subscriptions $subscriptions)
    {
    }

    #[Route('/account/newsletter', name: 'newsletter_unsubscribe', methods: ['POST'])]
    public function unsubscribe(Request $request): RedirectResponse
    {
        // expect: csrf
        $form = $this->formFactory->createNamed('unsubscribe', EmailType::class, null, ['csrf_protection' => false]);
        $form->handleRequest($request);
        if ($form->isSubmitted() && $form->isValid()) {
            $this->subscriptions->cancel($form->getData());
        }

        return new RedirectResponse('/account');
    }
}
