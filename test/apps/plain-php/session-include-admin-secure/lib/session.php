<?php
// Session cookie settings for every page (SameSite=Strict: no cross-site posts carry it), then the session.
session_set_cookie_params([
    'lifetime' => 3600,
    'path' => '/',
    'secure' => true,
    'httponly' => true,
    'samesite' => 'Strict',
]);
session_start();
