<?php
// Session cookie settings for every page, then the session itself.
session_set_cookie_params([
    'lifetime' => 3600,
    'path' => '/',
    'secure' => true,
    'httponly' => true,
]);
session_start();
