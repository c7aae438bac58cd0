<?php

namespace App\Controller;

use App\Repository\MemberRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\Routing\Annotation\Route;

/**
 * @Route("/account")
 */
class AccountController extends AbstractController
{
    // A login written in the controller: the firewall's login_throttling never sees it.
    // expect: login-rate-limit
    /** @Route("/sign-in", name="account_sign_in", methods={"POST"}) */
    public function signIn(Request $request, MemberRepository $members): Response
    {
        $member = $members->findOneBy(['email' => $request->request->get('email')]);
        if ($member === null || !password_verify((string) $request->request->get('password'), $member->getPasswordHash())) {
            return $this->redirectToRoute('account_sign_in_form');
        }

        $session = $request->getSession();
        $session->migrate(true);
        $session->set('member_id', $member->getId());

        return $this->redirectToRoute('account_home');
    }
}
