<?php

namespace Kanban\Controller;

class AuthController extends BaseController
{
    public function logout(): void
    {
        $this->checkCSRFParam();
        $this->sessionManager->close();
        $this->response->redirect('/login');
    }
}
