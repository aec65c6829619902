/**
 * `npm run worker`: the email workers alone (ROLE=worker, /healthz on PORT), for a deployment that
 * runs them apart from the API processes. Set before main.js is loaded, which reads it.
 */
process.env.ROLE = 'worker';
void import('./main.js');
