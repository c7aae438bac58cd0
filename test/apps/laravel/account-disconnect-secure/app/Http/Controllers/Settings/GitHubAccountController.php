<?php

namespace App\Http\Controllers\Settings;

use App\Http\Controllers\Controller;
use App\Jobs\DisconnectGitHubAccount;
use Illuminate\Http\RedirectResponse;

class GitHubAccountController extends Controller
{
    // Unlinks the GitHub account from the profile: the user stays logged in.
    // ok: session-destroy-on-logout
    public function disconnect(DisconnectGitHubAccount $disconnectGitHubAccount): RedirectResponse
    {
        $user = auth()->user();

        $disconnectGitHubAccount($user);

        return redirect(route('settings.profile'));
    }
}
