<?php
class Member
{
    public function __construct(private int $id)
    {
    }

    // The member's part of a logout: forget who is signed in. The request that calls it ends the session.
    public function signOut(): void
    {
        unset($_SESSION['member_id'], $_SESSION['member_name']);
    }
}
