<?php
// Runs as part of payment.php: the username comes from its session.
$username = $_SESSION['username'];
if (isset($_POST['pay'])) {
    $card = preg_replace('/\D/', '', $_POST['card']);
    if (strlen($card) === 16) {
        mysqli_query($db, "UPDATE users SET paid = 1 WHERE username = '" . mysqli_real_escape_string($db, $username) . "'");
        header('Location: index.php');
    }
}
