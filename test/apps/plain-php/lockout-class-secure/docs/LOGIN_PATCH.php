<?php
/*
 * Paste this into login.php after the customer is fetched, to refuse unverified accounts.
 */
if (password_verify($password, $customer['password_hash'])) {
    if (!$customer['verified']) {
        $error = 'Please verify your e-mail address first.';
    } else {
        $_SESSION['customer_id'] = (int) $customer['id'];
        header('Location: account.php');
        exit;
    }
}
