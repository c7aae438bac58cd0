<?php
// Shared by store.php and update.php: reads the posted fields.
$title = trim($_POST['title'] ?? '');
$content = trim($_POST['content'] ?? '');
if ($title === '') {
    back_with('A title is required.');
}
