<?php
// The session cookie for the whole site, configured once; no SameSite, so the browser sends it
// with cross-site form posts to every page below.
try {
    // expect: csrf
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
