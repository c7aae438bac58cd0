<?php

namespace App\Controller;

use App\Form\LoginSettingsType;
use Doctrine\ORM\EntityManagerInterface;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;
use Symfony\Component\Security\Http\Attribute\IsGranted;

final class ProfileController extends AbstractController
{
    #[Route('/profile/login-settings', name: 'profile_login_settings', methods: ['GET', 'POST'])]
    #[IsGranted('IS_AUTHENTICATED')]
    public function loginSettings(Request $request, EntityManagerInterface $entityManager): Response
    {
        $user = $this->getUser();
        $form = $this->createForm(LoginSettingsType::class, $user);
        $form->handleRequest($request);
        if ($form->isSubmitted() && $form->isValid()) {
            $entityManager->flush();
        }

        return $this->render('profile/login_settings.html.twig', ['form' => $form->createView()]);
    }
}
