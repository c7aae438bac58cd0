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
        // ok: session-destroy-on-logout
        $this->session->invalidate();

        return $this->redirectToRoute('logon', ['_locale' => $_locale]);
    }
}
