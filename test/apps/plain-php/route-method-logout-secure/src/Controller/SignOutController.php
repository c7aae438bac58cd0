<?php

namespace Notes\Controller;

use Notes\Security\SessionStore;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

class SignOutController
{
    public function index(Request $request, Response $response): Response
    {
        SessionStore::logout();
        return $response->withHeader('Location', '/')->withStatus(302);
    }
}
