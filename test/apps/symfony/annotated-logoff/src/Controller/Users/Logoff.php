<?php

namespace App\Controller\Users;

use App\Controller\Base;
use Symfony\Component\Routing\Annotation\Route;

class Logoff extends Base
{
    /**
     * @Route("/{_locale}/admin/logoff", name="logoff")
     */
    public function logoffController($_locale)
    {
        $this->session->set('access', '');
        // Blanking the keys leaves the session, and its id, alive.
        // expect: session-destroy-on-logout
        $this->session->set('user_id', '');
        $this->session->set('user_name', '');

        return $this->redirectToRoute('logon', ['_locale' => $_locale]);
    }
}
