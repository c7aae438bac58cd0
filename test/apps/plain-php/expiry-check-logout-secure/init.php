<?php
// Loaded by every request: starts the session and renews an id the client made up.
session_set_cookie_params(['secure' => true, 'httponly' => true, 'samesite' => 'Lax']);
session_name('bookmarks');
session_start();
if (!preg_match('/^[a-zA-Z0-9,-]{1,128}$/', session_id())) {
    session_regenerate_id(true);
}
