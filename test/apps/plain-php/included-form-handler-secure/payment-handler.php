<?php
// Runs as part of payment.php: the username comes from its session.
$username = $_SESSION['username'];
if (isset($_POST['pay'])) {
    if (!hash_equals($_SESSION['csrf_token'], $_POST['csrf_token'] ?? '')) {
        http_response_code(403);
        exit('Invalid form token.');
    }
    $card = preg_replace('/\D/', '', $_POST['card']);
    if (strlen($card) === 16) {
        mysqli_query($db, "UPDATE users SET paid = 1 WHERE username = '" . mysqli_real_escape_string($db, $username) . "'");
        header('Location: index.php');
    }
}
