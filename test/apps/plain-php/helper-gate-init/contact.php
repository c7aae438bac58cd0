<?php
// A public page: it sends signed-in members elsewhere, so nobody's session is at stake here.
require_once __DIR__ . '/config/init.php';
redirectIfSignedIn();

if (isset($_POST['message'])) {
    $insert = db()->prepare('INSERT INTO messages (body) VALUES (?)');
    $insert->execute([trim($_POST['message'])]);
}
?>
<form method="post"><textarea name="message"></textarea><button>Send</button></form>
