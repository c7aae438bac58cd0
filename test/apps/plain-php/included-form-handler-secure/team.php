<?php
// ok: csrf
include 'forms.php';
if (!isset($_SESSION['username'])) {
    header('Location: login.php');
    exit;
}
?>
<form method="post" action="team.php">
    <input name="team_name">
    <button name="create_team">Create</button>
</form>
