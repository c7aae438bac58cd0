<?php

namespace App\Controller;

use App\Repository\MemberRepository;
use Symfony\Bundle\FrameworkBundle\Controller\AbstractController;
use Symfony\Component\HttpFoundation\Request;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\TooManyRequestsHttpException;
use Symfony\Component\RateLimiter\RateLimiterFactory;
use Symfony\Component\Routing\Annotation\Route;

/**
 * @Route("/account")
 */
class AccountController extends AbstractController
{
    // A login written in the controller, limited by a rate limiter (config/packages/rate_limiter.yaml).
    /** @Route("/sign-in", name="account_sign_in", methods={"POST"}) */
    public function signIn(Request $request, MemberRepository $members, RateLimiterFactory $signInLimiter): Response
    {
        $limiter = $signInLimiter->create($request->getClientIp());
        if (false === $limiter->consume(1)->isAccepted()) {
            throw new TooManyRequestsHttpException();
        }

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
