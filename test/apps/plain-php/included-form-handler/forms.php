<?php
// Handles the sign-up and create-team forms for every page that includes it, the public ones too;
// it asks no one's identity, so a logged-in page that includes it adds nothing a forged post could use.
session_start();
include __DIR__ . '/includes/db.php';
$errors = [];
if (isset($_POST['create_team'])) {
    $name = mysqli_real_escape_string($db, $_POST['team_name']);
    mysqli_query($db, "INSERT INTO teams (name) VALUES ('$name')");
    $_SESSION['success'] = 'Team created.';
}
