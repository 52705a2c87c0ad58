package com.scoredesk.appeal;

/** Appeals on H2, the embedded default database. */
class AppealServiceH2Test extends AppealServiceContract {}
