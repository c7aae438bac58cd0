<?php

namespace App\Http\Controllers\Admin;

use App\Models\Node;
use Illuminate\Http\Request;

// Creates a deployment key for a node the logged-in admin manages: no credential is tried.
class NodeDeployController
{
    public function __invoke(Request $request, Node $node)
    {
        $key = $request->user()->createToken("node-{$node->id}", ['nodes:read']);

        return response()->json(['node' => $node->id, 'token' => $key->plainTextToken]);
    }
}
