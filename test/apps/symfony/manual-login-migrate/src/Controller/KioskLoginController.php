<?php

namespace App\Controller;

use App\Repository\KioskRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Attribute\Route;

final class KioskLoginController extends AbstractController
{
    // expect: login-rate-limit
    #[Route('/kiosk/login', name: 'kiosk_login', methods: ['POST'])]
    public function login(Request $request, KioskRepository $kiosks): Response
    {
        $kiosk = $kiosks->findOneBy(['code' => $request->request->get('code')]);
        if ($kiosk === null || !password_verify((string) $request->request->get('pin'), $kiosk->getPinHash())) {
            return $this->redirectToRoute('kiosk_login_form');
        }

        $session = $request->getSession();
        // expect: session-regenerate-on-login
        $session->set('user_id', $kiosk->getId());

        return $this->redirectToRoute('kiosk_home');
    }
}
