<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Session\SessionInterface;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

class CompteController extends AbstractController
{
    #[Route('/comptes/deconnexion/', name: 'compte_deconnexion')]
    public function quitter(SessionInterface $session): Response
    {
        // expect: session-destroy-on-logout
        $session->remove('user_id');

        return $this->redirectToRoute('accueil');
    }
}
