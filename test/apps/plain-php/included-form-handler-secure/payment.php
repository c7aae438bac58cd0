<?php
// The included payment-handler.php checks the form's token before it changes anything.
// ok: csrf
session_start();
if (!isset($_SESSION['username'])) {
    header('Location: home.php');
    exit;
}
if (empty($_SESSION['csrf_token'])) {
    $_SESSION['csrf_token'] = bin2hex(random_bytes(32));
}
include 'includes/db.php';
include 'payment-handler.php';
?>
<form method="post" action="payment.php">
    <input type="hidden" name="csrf_token" value="<?= htmlspecialchars($_SESSION['csrf_token']) ?>">
    <input name="card" maxlength="16">
    <input name="cvv" maxlength="4">
    <button name="pay">Pay</button>
</form>
