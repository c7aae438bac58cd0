<?php
function getCars(PDO $pdo, int $limit): array
{
    $query = $pdo->prepare('SELECT * FROM cars ORDER BY id DESC LIMIT :limit');
    $query->bindValue(':limit', $limit, PDO::PARAM_INT);
    $query->execute();
    return $query->fetchAll();
}

function addCar(PDO $pdo, string $name, int $price, int $userId): bool
{
    $query = $pdo->prepare('INSERT INTO cars (name, price, user_id) VALUES (:name, :price, :user_id)');
    return $query->execute(['name' => $name, 'price' => $price, 'user_id' => $userId]);
}
