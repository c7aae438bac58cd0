<?php
function dbConnect()
{
    return new PDO('mysql:host=localhost;dbname=portfolio;charset=utf8', 'portfolio', getenv('DB_PASSWORD') ?: '');
}

function updateAbout($fullname, $city, $description)
{
    $db = dbConnect();
    $req = $db->prepare('UPDATE about SET fullname = ?, city = ?, description = ? WHERE id = 1');
    return $req->execute([$fullname, $city, $description]);
}
