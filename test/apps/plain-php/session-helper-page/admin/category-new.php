<?php
require_once 'functions.php';

// The helper's cookie has no SameSite: a cross-site form can post a category for the logged-in admin.
// expect: csrf
sec_session_start();
if (login_check() == false) {
    header('Location: ' . MAIN_URL);
    exit;
}
?>
<form method="post"><input type="text" name="new_category"><button>Add</button></form>
<?php
if (isset($_POST['new_category'])) {
    add_category($mysql_conn, $_POST['new_category']);
}
