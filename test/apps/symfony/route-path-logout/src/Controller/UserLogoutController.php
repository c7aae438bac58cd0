<?php

namespace App\Controller;

use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Session\Session;
use Symfony\Component\Routing\Annotation\Route;

class UserLogoutController extends AbstractController
{
    /**
     * The method keeps the name it was copied with; the route says what it does.
     *
     * @Route("/logout", name="user_logout")
     */
    public function loginAction(Request $request)
    {
        $session = new Session();
        // expect: session-destroy-on-logout
        $session->clear();

        return $this->redirectToRoute('user_login');
    }
}
