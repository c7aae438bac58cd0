<?php

namespace App\Http\Middleware;

// Named like the CSRF middleware, but it is the cookie encrypter: its $except names cookies, not routes.
use Illuminate\Cookie\Middleware\EncryptCookies as Middleware;

class VerifyCsrfToken extends Middleware
{
    /**
     * The names of the cookies that should not be encrypted.
     *
     * @var array<int, string>
     */
    protected $except = [
        // ok: csrf
        '*',
    ];
}
