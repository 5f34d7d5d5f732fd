import type { Instrument } from './model.js';

/**
 * Example instruments written for Kith, in English and Welsh. They are
 * deliberately not copies of any licensed tool (Outcomes Star and SDQ forbid
 * software copies): licence holders load their own as JSON.
 */
export const wellbeingInstrument: Instrument = {
  id: 'kith-wellbeing',
  name: { en: 'Wellbeing', cy: 'Llesiant' },
  range: { min: 1, max: 10 },
  stages: [
    { from: 1, to: 2, label: { en: 'Stuck', cy: 'Yn sownd' }, description: { en: 'Things feel stuck and help is hard to accept.', cy: 'Mae pethau’n teimlo’n sownd ac mae’n anodd derbyn help.' } },
    { from: 3, to: 4, label: { en: 'Getting help', cy: 'Cael help' }, description: { en: 'Starting to accept help from others.', cy: 'Dechrau derbyn help gan eraill.' } },
    { from: 5, to: 6, label: { en: 'Trying', cy: 'Rhoi cynnig arni' }, description: { en: 'Trying things out, with support.', cy: 'Rhoi cynnig ar bethau, gyda chefnogaeth.' } },
    { from: 7, to: 8, label: { en: 'Believing', cy: 'Credu' }, description: { en: 'Believing change is possible and mostly doing it.', cy: 'Credu bod newid yn bosibl, a’i wneud gan amlaf.' } },
    { from: 9, to: 10, label: { en: 'Self-reliant', cy: 'Yn hunangynhaliol' }, description: { en: 'Managing well without extra help.', cy: 'Ymdopi’n dda heb help ychwanegol.' } },
  ],
  scales: [
    { id: 'physical-health', label: { en: 'Physical health', cy: 'Iechyd corfforol' }, description: { en: 'Your body, sleep, eating and getting about.', cy: 'Eich corff, cwsg, bwyta a symud o gwmpas.' } },
    { id: 'feelings', label: { en: 'Feelings and mood', cy: 'Teimladau a hwyliau' }, description: { en: 'How you feel most days, and coping when things are hard.', cy: 'Sut rydych chi’n teimlo y rhan fwyaf o ddyddiau, ac ymdopi pan fo pethau’n anodd.' } },
    { id: 'home', label: { en: 'Home', cy: 'Cartref' }, description: { en: 'Having a safe, settled place to live.', cy: 'Cael lle diogel a sefydlog i fyw.' } },
    {
      id: 'money',
      label: { en: 'Money', cy: 'Arian' },
      description: { en: 'Paying for what you need, and debts.', cy: 'Talu am yr hyn sydd ei angen arnoch, a dyledion.' },
      pointDescriptions: {
        '1': { en: 'Money worries are taking over.', cy: 'Mae pryderon am arian yn cymryd drosodd.' },
        '10': { en: 'Money is under control.', cy: 'Mae arian dan reolaeth.' },
      },
    },
    { id: 'people', label: { en: 'People around me', cy: 'Pobl o’m cwmpas' }, description: { en: 'Family, friends and others you can count on.', cy: 'Teulu, ffrindiau ac eraill y gallwch ddibynnu arnynt.' } },
    { id: 'time', label: { en: 'How I spend my time', cy: 'Sut rwy’n treulio fy amser' }, description: { en: 'Things to do that matter to you.', cy: 'Pethau i’w gwneud sy’n bwysig i chi.' } },
    { id: 'safety', label: { en: 'Feeling safe', cy: 'Teimlo’n ddiogel' }, description: { en: 'Safe at home, online and out and about.', cy: 'Yn ddiogel gartref, ar-lein ac allan.' } },
    { id: 'learning', label: { en: 'Learning and work', cy: 'Dysgu a gwaith' }, description: { en: 'Learning, volunteering or work.', cy: 'Dysgu, gwirfoddoli neu weithio.' } },
    { id: 'confidence', label: { en: 'Confidence', cy: 'Hyder' }, description: { en: 'Believing in yourself and speaking up.', cy: 'Credu ynoch chi’ch hun a dweud eich dweud.' } },
    { id: 'everyday', label: { en: 'Everyday living', cy: 'Byw bob dydd' }, description: { en: 'Cooking, cleaning, bills and appointments.', cy: 'Coginio, glanhau, biliau ac apwyntiadau.' } },
  ],
};

export const familyLifeInstrument: Instrument = {
  id: 'kith-family-life',
  name: { en: 'Family life', cy: 'Bywyd teuluol' },
  range: { min: 1, max: 5 },
  stages: [
    { from: 1, to: 2, label: { en: 'Finding it hard', cy: 'Yn ei chael hi’n anodd' } },
    { from: 3, to: 3, label: { en: 'Some good days', cy: 'Rhai dyddiau da' } },
    { from: 4, to: 5, label: { en: 'Going well', cy: 'Mynd yn dda' } },
  ],
  scales: [
    { id: 'routines', label: { en: 'Daily routines', cy: 'Trefn ddyddiol' } },
    { id: 'health', label: { en: 'Health', cy: 'Iechyd' } },
    { id: 'play', label: { en: 'Play and learning', cy: 'Chwarae a dysgu' } },
    { id: 'boundaries', label: { en: 'Boundaries and behaviour', cy: 'Ffiniau ac ymddygiad' } },
    { id: 'relationships', label: { en: 'Family relationships', cy: 'Perthnasoedd teuluol' } },
    { id: 'support', label: { en: 'Support around us', cy: 'Cymorth o’n cwmpas' } },
  ],
};
