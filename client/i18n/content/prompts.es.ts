// Spanish debrief prompts (game/content/prompts.ts), by prompt id: the paraphrase and the question. The
// quoted seed passage and the citation stay as written (they are quotations and references).
export const promptsEs: Readonly<Record<string, { readonly paraphrase: string; readonly question: string }>> =
  {
    commitmentProblem: {
      paraphrase:
        'Una vez que los combatientes entregan las armas ya no pueden protegerse, así que ningún bando puede creerse la promesa del otro de no aprovechar ese momento; alguien de fuera tiene que cubrir ese hueco.',
      question:
        '¿Cuándo se contuvo tu facción de acantonar o desarmar, y qué te habría hecho dar el primer paso?',
    },
    vulnerableWeaker: {
      paraphrase:
        'La parte más débil es la que más teme el orden reintegrado, y suele cambiar su cooperación por garantías sobre su futuro político.',
      question: '¿Qué pidió el Movimiento a cambio de desmovilizarse, y alguien se lo ofreció?',
    },
    credibilityProduct: {
      paraphrase:
        'Una garantía funciona por dos cosas a la vez: la probabilidad de que el garante actúe y cuánto se ha comprometido a hacer.',
      question:
        '¿Qué garantía de tu mesa se creyeron los demás, y por qué: capacidad, voluntad o el historial del garante?',
    },
    emptyPromises: {
      paraphrase:
        'Una promesa que no se cumple puede ser peor que ninguna: da a cada bando una excusa para romper el acuerdo, y a un apoyo lento suelen seguirle nuevos combates.',
      question: 'En tu mesa se incumplió una garantía. ¿Qué pasó después con el Miedo y la Tensión?',
    },
    selfInterest: {
      paraphrase:
        'Lo que más cuenta es cómo entiende el protector su propio interés; el respaldo formal importa menos que las obligaciones que asumen todas las partes.',
      question: '¿Por qué cumplió el garante su garantía aunque le costara apoyo interno?',
    },
    spoilerTypes: {
      paraphrase:
        'Los saboteadores son líderes o facciones hostiles al acuerdo y dispuestos a usar la violencia. Donde coinciden saboteadores, botín y vecinos hostiles, la coerción suele funcionar mejor que solo generar confianza. (Los tres tipos ocultos de saboteador del juego son una decisión de diseño inspirada en la tipología de Stedman, que no aparece en los textos semilla.)',
      question:
        '¿Qué tipo de saboteador creyó la mesa que era, por lo que hizo? ¿Los incentivos ayudaron o lo alimentaron?',
    },
    demobilizeFirst: {
      paraphrase:
        'Un error frecuente es convertirlo todo en prioridad a la vez: primero va la desmovilización de los soldados y después la desmilitarización de la política, cuando los ejércitos se convierten en partidos.',
      question: '¿En qué orden intentó tu mesa el DDR, las reformas y las elecciones? ¿Qué cambiarías?',
    },
    expectedUtility: {
      paraphrase:
        'La guerra vuelve cuando combatir parece más rentable que la paz; la ayuda exterior mantiene alto el valor de la paz mientras las partes no pueden cooperar por sí solas.',
      question:
        'En el momento del colapso, ¿qué hizo que a alguien de la mesa la guerra le pareciera mejor que la paz?',
    },
    normalcy: {
      paraphrase:
        'Los civiles esperan que la vida vuelva a la normalidad, y la rapidez de la recuperación importa; los servicios para los excombatientes y unas instituciones reconstruidas deciden el éxito a largo plazo.',
      question:
        'Cuando las expectativas fueron por delante de la reconstrucción, ¿quién pagó el precio y quién podría haberlo evitado?',
    },
    monitoring: {
      paraphrase:
        'Una supervisión imparcial permite a los de fuera comprobar el cumplimiento, lo que reduce la incertidumbre y da confianza allí donde las partes no ven los movimientos de las otras.',
      question: '¿Qué rumor de tu mesa resultó ser falso, y cómo cambió lo que hizo la gente?',
    },
  };
