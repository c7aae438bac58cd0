<?php

namespace App\Controller;

use App\Repository\LogUserLoginRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpFoundation\Session\SessionInterface;
use Symfony\Component\Routing\Attribute\Route;

class CompteController extends AbstractController
{
    // "Journal de connexion": the user's login history, not a logout.
    // ok: session-destroy-on-logout
    #[Route('/comptes/journal-de-connexion/', name: 'compte_journal_connexion')]
    public function historique(LogUserLoginRepository $logs, SessionInterface $session): Response
    {
        return $this->render('compte/journal.html.twig', [
            'logs' => $logs->findBy(['user' => $this->getUser()], ['createdAt' => 'DESC']),
            'page' => $session->get('journal_page', 1),
        ]);
    }

    #[Route('/comptes/deconnexion/', name: 'compte_deconnexion')]
    public function quitter(SessionInterface $session): Response
    {
        // ok: session-destroy-on-logout
        $session->invalidate();

        return $this->redirectToRoute('accueil');
    }
}
