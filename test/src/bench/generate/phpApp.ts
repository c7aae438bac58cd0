import { Random } from '../../support/random';
import { capitalize, plural, RESOURCES } from './random';

/**
 * Generated PHP applications for the benchmark corpus: a front controller that starts the session,
 * a login controller that sets cookies, sometimes a Laravel-style config/session.php, .htaccess and
 * .user.ini; and many controllers, models, repositories and templates that mention no session or
 * cookie, so the prefilter skips them as it would in a real project.
 */

function frontController(rng: Random): string {
  const httponly = rng.pick(['true', 'false', undefined]);
  const secure = rng.pick(['true', "getenv('APP_ENV') === 'production'", undefined]);
  const options = [httponly && `'cookie_httponly' => ${httponly}`, secure && `'cookie_secure' => ${secure}`, `'cookie_samesite' => ${rng.pick(["'Lax'", "'Strict'", "'None'"])}`, rng.chance(0.5) ? "'use_strict_mode' => true" : undefined].filter(Boolean);
  return `<?php

declare(strict_types=1);

require __DIR__ . '/../vendor/autoload.php';

use App\\Http\\Router;
use App\\Http\\Request;

ini_set('display_errors', '0');
${rng.chance(0.3) ? "ini_set('session.cookie_httponly', '0');\n" : ''}
session_start([
    ${options.join(',\n    ')},
]);

$router = new Router();
require __DIR__ . '/../config/routes.php';

$response = $router->dispatch(Request::fromGlobals());
$response->send();
`;
}

function loginController(rng: Random): string {
  return `<?php

declare(strict_types=1);

namespace App\\Auth;

use App\\Http\\Request;
use App\\Http\\Response;
use App\\Repository\\UserRepository;

final class LoginController
{
    public function __construct(private readonly UserRepository $users)
    {
    }

    public function login(Request $request): Response
    {
        $user = $this->users->findByEmail((string) $request->input('email'));
        if ($user === null || !password_verify((string) $request->input('password'), $user->passwordHash)) {
            return Response::json(['error' => 'invalid credentials'], 401);
        }
${rng.chance(0.5) ? '        session_regenerate_id(true);\n' : ''}        $_SESSION['user_id'] = $user->id;
        $token = bin2hex(random_bytes(32));
        setcookie('remember_me', $token, ['expires' => time() + 86400 * 30, 'path' => '/', 'secure' => ${rng.pick(['true', 'false'])}, 'httponly' => ${rng.pick(['true', 'false'])}, 'samesite' => 'Lax']);
        return Response::redirect('/dashboard');
    }

    public function logout(): Response
    {
        ${rng.chance(0.5) ? 'session_destroy();' : "unset($_SESSION['user_id']);"}
        setcookie('remember_me', '', time() - 3600, '/');
        return Response::redirect('/');
    }
}
`;
}

function laravelSessionConfig(rng: Random): string {
  return `<?php

use Illuminate\\Support\\Str;

return [
    'driver' => env('SESSION_DRIVER', 'file'),
    'lifetime' => (int) env('SESSION_LIFETIME', ${rng.pick(['120', '43200'])}),
    'expire_on_close' => false,
    'encrypt' => ${rng.pick(['true', 'false'])},
    'files' => storage_path('framework/sessions'),
    'cookie' => env('SESSION_COOKIE', Str::slug((string) env('APP_NAME', 'laravel'), '_').'_session'),
    'path' => '/',
    'domain' => env('SESSION_DOMAIN'),
    'secure' => ${rng.pick(["env('SESSION_SECURE_COOKIE')", 'true', 'false'])},
    'http_only' => ${rng.pick(['true', 'false'])},
    'same_site' => ${rng.pick(["'lax'", "'strict'", 'null'])},
];
`;
}

function controller(resource: string): string {
  const Name = capitalize(resource);
  const many = plural(resource);
  return `<?php

declare(strict_types=1);

namespace App\\Controller;

use App\\Http\\Request;
use App\\Http\\Response;
use App\\Model\\${Name};
use App\\Repository\\${Name}Repository;
use App\\View\\Template;

final class ${Name}Controller
{
    private const PAGE_SIZE = 20;

    public function __construct(
        private readonly ${Name}Repository $repository,
        private readonly Template $template,
    ) {
    }

    public function index(Request $request): Response
    {
        $page = max(1, (int) $request->query('page', 1));
        $items = $this->repository->page($page, self::PAGE_SIZE);
        return Response::html($this->template->render('${many}/index', ['items' => $items, 'page' => $page]));
    }

    public function show(Request $request, string $id): Response
    {
        $item = $this->repository->find($id);
        if ($item === null) {
            return Response::html($this->template->render('errors/404'), 404);
        }
        return Response::html($this->template->render('${many}/show', ['item' => $item]));
    }

    public function store(Request $request): Response
    {
        $problems = ${Name}::validate($request->all());
        if ($problems !== []) {
            return Response::json(['problems' => $problems], 422);
        }
        $item = ${Name}::fromArray($request->all());
        $this->repository->save($item);
        return Response::redirect('/${many}/' . $item->id);
    }

    public function destroy(string $id): Response
    {
        $this->repository->delete($id);
        return Response::redirect('/${many}');
    }
}
`;
}

function model(resource: string, rng: Random): string {
  const Name = capitalize(resource);
  const fields = ['name', 'description', 'status', 'ownerId', 'amount', 'currency'].slice(0, rng.int(3, 6));
  return `<?php

declare(strict_types=1);

namespace App\\Model;

final class ${Name}
{
    public function __construct(
        public readonly string $id,
${fields.map((f) => `        public readonly ${f === 'amount' ? 'int' : 'string'} $${f},`).join('\n')}
        public readonly \\DateTimeImmutable $createdAt,
    ) {
    }

    /** @param array<string, mixed> $data */
    public static function fromArray(array $data): self
    {
        return new self(
            (string) ($data['id'] ?? bin2hex(random_bytes(8))),
${fields.map((f) => `            ${f === 'amount' ? '(int)' : '(string)'} ($data['${f}'] ?? ${f === 'amount' ? '0' : "''"}),`).join('\n')}
            new \\DateTimeImmutable((string) ($data['created_at'] ?? 'now')),
        );
    }

    /** @return list<string> */
    public static function validate(array $data): array
    {
        $problems = [];
        if (!isset($data['name']) || trim((string) $data['name']) === '') {
            $problems[] = 'name is required';
        }
        if (isset($data['amount']) && (!is_numeric($data['amount']) || $data['amount'] < 0)) {
            $problems[] = 'amount must be a positive number';
        }
        return $problems;
    }
}
`;
}

function repository(resource: string): string {
  const Name = capitalize(resource);
  const table = plural(resource);
  return `<?php

declare(strict_types=1);

namespace App\\Repository;

use App\\Model\\${Name};
use PDO;

final class ${Name}Repository
{
    public function __construct(private readonly PDO $pdo)
    {
    }

    /** @return list<${Name}> */
    public function page(int $page, int $size): array
    {
        $statement = $this->pdo->prepare('SELECT * FROM ${table} ORDER BY created_at DESC LIMIT :size OFFSET :offset');
        $statement->bindValue('size', $size, PDO::PARAM_INT);
        $statement->bindValue('offset', ($page - 1) * $size, PDO::PARAM_INT);
        $statement->execute();
        return array_map(static fn (array $row): ${Name} => ${Name}::fromArray($row), $statement->fetchAll(PDO::FETCH_ASSOC));
    }

    public function find(string $id): ?${Name}
    {
        $statement = $this->pdo->prepare('SELECT * FROM ${table} WHERE id = :id');
        $statement->execute(['id' => $id]);
        $row = $statement->fetch(PDO::FETCH_ASSOC);
        return $row === false ? null : ${Name}::fromArray($row);
    }

    public function save(${Name} $item): void
    {
        $statement = $this->pdo->prepare('INSERT INTO ${table} (id, name, created_at) VALUES (:id, :name, :created_at)');
        $statement->execute(['id' => $item->id, 'name' => $item->name, 'created_at' => $item->createdAt->format('c')]);
    }

    public function delete(string $id): void
    {
        $this->pdo->prepare('DELETE FROM ${table} WHERE id = :id')->execute(['id' => $id]);
    }
}
`;
}

function template(resource: string, kind: 'index' | 'show'): string {
  const many = plural(resource);
  const title = capitalize(many);
  if (kind === 'show') {
    return `<?php /** @var App\\Model\\${capitalize(resource)} $item */ ?>
<?php include __DIR__ . '/../layout/header.php'; ?>
<article class="${resource}">
  <h1><?= htmlspecialchars($item->name, ENT_QUOTES) ?></h1>
  <dl>
    <dt>Created</dt>
    <dd><?= $item->createdAt->format('d M Y') ?></dd>
  </dl>
  <a href="/${many}">Back to all ${many}</a>
</article>
<?php include __DIR__ . '/../layout/footer.php'; ?>
`;
  }
  return `<?php include __DIR__ . '/../layout/header.php'; ?>
<h1>${title}</h1>
<table class="table">
  <thead><tr><th>Name</th><th>Created</th></tr></thead>
  <tbody>
  <?php foreach ($items as $item): ?>
    <tr>
      <td><a href="/${many}/<?= urlencode($item->id) ?>"><?= htmlspecialchars($item->name, ENT_QUOTES) ?></a></td>
      <td><?= $item->createdAt->format('Y-m-d') ?></td>
    </tr>
  <?php endforeach; ?>
  </tbody>
</table>
<nav>
  <?php if ($page > 1): ?><a href="?page=<?= $page - 1 ?>">Previous</a><?php endif; ?>
  <a href="?page=<?= $page + 1 ?>">Next</a>
</nav>
<?php include __DIR__ . '/../layout/footer.php'; ?>
`;
}

/** A service with the business logic of one resource: long, like real application services. */
function serviceClass(resource: string, rng: Random): string {
  const Name = capitalize(resource);
  const many = plural(resource);
  const methods: string[] = [];
  const verbs = ['approve', 'reject', 'archive', 'restore', 'duplicate', 'assign', 'schedule', 'recalculate', 'export', 'import', 'notify', 'reindex'];
  for (const verb of verbs.slice(0, rng.int(6, verbs.length))) {
    const done = verb.endsWith('e') ? `${verb}d` : `${verb}ed`;
    methods.push(`    /**
     * ${capitalize(verb)}s the ${resource} and records who did it.
     *
     * @throws \\DomainException when the ${resource} cannot be ${done} in its current state
     */
    public function ${verb}(string $id, string $actorId, array $context = []): ${Name}
    {
        $item = $this->repository->find($id) ?? throw new \\DomainException(sprintf('${Name} %s does not exist', $id));
        if ($item->status === 'archived' && '${verb}' !== 'restore') {
            throw new \\DomainException(sprintf('${Name} %s is archived', $id));
        }
        $changes = array_filter([
            'status' => $context['status'] ?? null,
            'note' => isset($context['note']) ? trim((string) $context['note']) : null,
            'updated_by' => $actorId,
            'updated_at' => (new \\DateTimeImmutable())->format(DATE_ATOM),
        ], static fn ($value) => $value !== null && $value !== '');
        $this->audit->record('${resource}.${verb}', $id, $actorId, $changes);
        foreach ($this->listeners as $listener) {
            $listener->on${capitalize(verb)}($item, $changes);
        }
        $this->logger->info('${resource} {id} ${done} by {actor}', ['id' => $id, 'actor' => $actorId]);
        return $item;
    }`);
  }
  return `<?php

declare(strict_types=1);

namespace App\\Service;

use App\\Audit\\AuditTrail;
use App\\Model\\${Name};
use App\\Repository\\${Name}Repository;
use Psr\\Log\\LoggerInterface;

/**
 * Business rules for ${many}: state changes, bulk operations and exports.
 */
final class ${Name}Service
{
    /** @param iterable<object> $listeners */
    public function __construct(
        private readonly ${Name}Repository $repository,
        private readonly AuditTrail $audit,
        private readonly LoggerInterface $logger,
        private readonly iterable $listeners = [],
    ) {
    }

${methods.join('\n\n')}

    /** @return \\Generator<int, array<string, scalar>> */
    public function rows(int $pageSize = 500): \\Generator
    {
        for ($page = 1; ; $page++) {
            $items = $this->repository->page($page, $pageSize);
            if ($items === []) {
                return;
            }
            foreach ($items as $item) {
                yield ['id' => $item->id, 'name' => $item->name, 'created' => $item->createdAt->format('Y-m-d')];
            }
        }
    }
}
`;
}

/** One generated PHP application: relative path → text. */
export function generatePhpApp(index: number, resourceCount: number): Record<string, string> {
  const rng = new Random(5000 + index);
  const files: Record<string, string> = {
    'composer.json': `${JSON.stringify({ name: `acme/php-app-${index}`, require: { php: '>=8.2', ...(index % 3 === 0 ? { 'laravel/framework': '^11.0' } : {}) } }, null, 2)}\n`,
    'public/index.php': frontController(rng),
    'src/Auth/LoginController.php': loginController(rng),
    'templates/layout/header.php': '<!DOCTYPE html>\n<html lang="en">\n<head><meta charset="utf-8"><title><?= htmlspecialchars($title ?? \'Acme\') ?></title></head>\n<body>\n',
    'templates/layout/footer.php': '<footer>&copy; <?= date(\'Y\') ?> Acme</footer>\n</body>\n</html>\n',
  };
  if (index % 3 === 0) files['config/session.php'] = laravelSessionConfig(rng);
  if (index % 4 === 0) files['public/.htaccess'] = `RewriteEngine On\nRewriteRule ^ index.php [L]\nphp_flag session.cookie_httponly ${rng.pick(['on', 'off'])}\n`;
  if (index % 5 === 0) files['public/.user.ini'] = `session.cookie_secure = ${rng.pick(['1', '0'])}\nsession.use_strict_mode = 1\n`;
  for (let i = 0; i < resourceCount; i++) {
    const base = RESOURCES[i % RESOURCES.length]!;
    const resource = i < RESOURCES.length ? base : `${base}${Math.floor(i / RESOURCES.length)}`;
    const Name = capitalize(resource);
    files[`src/Controller/${Name}Controller.php`] = controller(resource);
    files[`src/Model/${Name}.php`] = model(resource, rng);
    files[`src/Repository/${Name}Repository.php`] = repository(resource);
    files[`src/Service/${Name}Service.php`] = serviceClass(resource, rng);
    files[`templates/${plural(resource)}/index.php`] = template(resource, 'index');
    files[`templates/${plural(resource)}/show.php`] = template(resource, 'show');
  }
  return files;
}
