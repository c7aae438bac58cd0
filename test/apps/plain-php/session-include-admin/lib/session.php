<?php
// Session cookie settings for every page, then the session itself. No SameSite: every admin
// script that includes this file and changes data on POST is exposed, and the fix goes here.
// expect: csrf
session_set_cookie_params([
    'lifetime' => 3600,
    'path' => '/',
    'secure' => true,
    'httponly' => true,
]);
session_start();
