<?php
// A member's page that registers a vehicle: its name says "register", its gate says it is no sign-up.
require_once dirname(__DIR__) . '/config/init.php';
requireSignIn();

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    csrfVerify();
    $plate = strtoupper(trim($_POST['plate'] ?? ''));
    $insert = db()->prepare('INSERT INTO vehicles (member_id, plate) VALUES (?, ?)');
    $insert->execute([currentMemberId(), $plate]);
    header('Location: vehicles.php');
    exit;
}
?>
<form method="post"><?php /* plate */ ?><?= csrfField() ?><input name="plate"><button>Register</button></form>
