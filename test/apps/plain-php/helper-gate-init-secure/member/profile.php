<?php
require_once dirname(__DIR__) . '/config/init.php';
requireSignIn();

if ($_SERVER['REQUEST_METHOD'] === 'POST') {
    csrfVerify();
    if (isset($_POST['change_password'])) {
        // The current password is asked again: this branch re-authenticates.
        $current = $_POST['current_password'] ?? '';
        $row = db()->prepare('SELECT password_hash FROM members WHERE id = ?');
        $row->execute([currentMemberId()]);
        if (password_verify($current, (string) $row->fetchColumn())) {
            $update = db()->prepare('UPDATE members SET password_hash = ? WHERE id = ?');
            $update->execute([password_hash($_POST['new_password'], PASSWORD_DEFAULT), currentMemberId()]);
        }
    } else {
        // The profile form beside it asks for nothing: a forged post changes the e-mail address.
        $update = db()->prepare('UPDATE members SET email = ? WHERE id = ?');
        $update->execute([trim($_POST['email'] ?? ''), currentMemberId()]);
    }
}
