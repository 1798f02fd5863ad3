import { Router, type NextFunction, type Request, type Response } from 'express';
import multer from 'multer';
import type { Db } from '@dsv/neo4j';
import { formatProblem, hasRole, importRawWithPlan, InputError, MAX_IMPORT_BYTES, previewImport, readUpload } from '@dsv/seed';
import { csrfGuard } from '../auth/csrf.js';
import { userFromHeaders } from '../auth/current-user.js';
import type { Logger } from '../common/logger.js';
import { jsonErrors } from '../http/json-errors.js';

/**
 * `POST /import` (multipart: `file`, an .xlsx workbook or a .zip of CSV
 * files; `dryRun=true`; `replace=true`), for ADMINs. The upload goes through
 * the CLI's readers and validation: a dry run answers the problems (as the CLI
 * prints them) or the diff per file; otherwise the import is written in one
 * transaction with change records naming the file and the user. One import
 * at a time.
 */
export function importRouter(db: Db, logger: Logger, dataDir: string | undefined): Router {
  const router = Router();
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5 } });
  let busy = false;

  const admin = async (req: Request, res: Response, next: NextFunction) => {
    const user = await userFromHeaders(req.headers, db);
    if (!user) return void res.status(401).json({ error: 'Log eerst in / Sign in first', code: 'UNAUTHENTICATED' });
    if (!hasRole(user.role, 'ADMIN'))
      return void res.status(403).json({ error: 'Importeren vraagt de rol ADMIN / Importing needs the role ADMIN', code: 'FORBIDDEN' });
    res.locals.user = user.email;
    next();
  };

  router.post(
    '/',
    csrfGuard,
    admin,
    (req, res, next) => {
      upload.single('file')(req, res, (err: unknown) => {
        if (err instanceof multer.MulterError)
          return void res.status(413).json({ error: `upload: ${err.message}`, code: 'BAD_USER_INPUT' });
        if (err) return next(err);
        next();
      });
    },
    async (req: Request, res: Response) => {
      const file = req.file;
      if (!file) return void res.status(400).json({ error: 'Send the file in the form field "file"', code: 'BAD_USER_INPUT' });
      const dryRun = req.body?.dryRun === 'true';
      const replace = req.body?.replace === 'true';
      if (busy) return void res.status(409).json({ error: 'Er loopt al een import / An import is running already', code: 'CONFLICT' });
      busy = true;
      const user = String(res.locals.user);
      try {
        const raw = await readUpload(file.originalname, file.buffer);
        const opts = { replace, user, dataDir, log: (m: string) => logger.info({ import: raw.origin }, m) };
        if (dryRun) {
          const { plan, rows } = await previewImport(db, raw, opts);
          res.json({ dryRun: true, origin: raw.origin, rows, files: plan.files });
        } else {
          const { summary, plan } = await importRawWithPlan(db, raw, opts);
          res.json({ dryRun: false, origin: raw.origin, summary, files: plan.files, changes: plan.changes.length });
        }
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        res.status(422).json({
          error: err.message.split('\n')[0],
          code: 'BAD_USER_INPUT',
          problems: err.problems,
          lines: err.problems.map(formatProblem),
        });
      } finally {
        busy = false;
      }
    },
  );
  router.use(jsonErrors(logger, 'import'));
  return router;
}
