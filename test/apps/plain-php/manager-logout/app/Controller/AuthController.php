<?php

namespace Kanban\Controller;

class AuthController extends BaseController
{
    public function logout(): void
    {
        $this->checkCSRFParam();
        // Forgets who the user is and keeps the session: a stolen session id is still good.
        // expect: session-destroy-on-logout
        unset($_SESSION['user']);
        $this->response->redirect('/login');
    }
}
