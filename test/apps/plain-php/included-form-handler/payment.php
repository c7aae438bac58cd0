<?php
// The session comes from php.ini; the form below is handled by the included payment-handler.php.
// expect: csrf
session_start();
if (!isset($_SESSION['username'])) {
    header('Location: home.php');
    exit;
}
include 'includes/db.php';
include 'payment-handler.php';
?>
<form method="post" action="payment.php">
    <input name="card" maxlength="16">
    <input name="cvv" maxlength="4">
    <button name="pay">Pay</button>
</form>
