<?php

namespace App\Service;

use App\Repository\UserRepository;
use Symfony\Component\HttpFoundation\Request;

class LoginService
{
    public function __construct(private UserRepository $users)
    {
    }

    public function authenticate(Request $request): bool
    {
        $user = $this->users->findOneBy(['email' => $request->request->get('email')]);
        if ($user === null || !password_verify((string) $request->request->get('password'), $user->getPasswordHash())) {
            return false;
        }

        $session = $request->getSession();
        $session->migrate(true);
        $session->set('user_id', $user->getId());

        return true;
    }
}
