<?php

namespace Notes\Controller;

/** Routes of the old `?do=` URLs, each sent to its new page. */
class LegacyController extends BaseController
{
    public function login(): void
    {
        $this->redirect('/login.php');
    }

    // ok: session-destroy-on-logout
    public function logout(): void
    {
        $this->redirect('/logout.php');
    }
}
