<?php
// expect: csrf
require_once __DIR__ . '/../config/init.php';
requireManager();

if (isset($_POST['hourly_rate'])) {
    $update = db()->prepare('UPDATE parking_settings SET hourly_rate = ?');
    $update->execute([(float) $_POST['hourly_rate']]);
}
$rate = db()->query('SELECT hourly_rate FROM parking_settings')->fetchColumn();
?>
<form method="post"><input name="hourly_rate" value="<?= htmlspecialchars((string) $rate) ?>"><button>Save</button></form>
