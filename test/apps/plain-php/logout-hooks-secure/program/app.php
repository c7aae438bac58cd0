<?php

class App
{
    public function start(): void
    {
        session_start();
    }

    /** Ends the session: its data, the server-side record and the cookie. */
    public function kill_session(): void
    {
        $_SESSION = [];
        $params = session_get_cookie_params();
        setcookie(session_name(), '', time() - 42000, $params['path'], $params['domain'], $params['secure'], $params['httponly']);
        session_destroy();
    }

    /** Mailbox clean-up done on logout, before the session is killed. */
    public function logout_actions(): void
    {
        $this->storage()->expunge_folder('Trash');
        $this->storage()->close();
    }

    /** Hook run after the logout: sends the browser to the identity provider. */
    public function logout_after(array $options): array
    {
        if (!empty($options['redirect'])) {
            header('Location: ' . $options['redirect']);
        }
        return $options;
    }

    private function storage(): Storage
    {
        return new Storage();
    }
}
