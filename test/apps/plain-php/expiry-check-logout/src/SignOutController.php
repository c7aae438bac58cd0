<?php

namespace Bookmarks\Controller;

use Bookmarks\SessionKeys;
use Psr\Http\Message\ResponseInterface as Response;
use Psr\Http\Message\ServerRequestInterface as Request;

class SignOutController
{
    public function index(Request $request, Response $response): Response
    {
        SessionKeys::logout();
        return $response->withHeader('Location', '/')->withStatus(302);
    }
}
