<?php

namespace App\Controller;

use App\Service\LoginService;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;

class LoginController extends AbstractController
{
    // The action hands the whole login to a service it receives as an argument.
    // expect: login-rate-limit
    /** @Route("/login", name="login", methods={"POST"}) */
    public function login(Request $request, LoginService $loginService): Response
    {
        if ($loginService->authenticate($request)) {
            return $this->redirectToRoute('dashboard');
        }

        return $this->render('login/index.html.twig', ['error' => 'Invalid credentials']);
    }
}
